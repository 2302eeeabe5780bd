package dev.praxis.finance.internal;

import dev.praxis.tool.ToolException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses the ISO dates that tools receive as strings, with an error that names the parameter. */
public final class Dates {

    private Dates() {
    }

    /**
     * {@code text} as a date, or a {@link ToolException} naming {@code parameter} and the expected format.
     *
     * @param text the date as {@code YYYY-MM-DD}
     * @param parameter the tool parameter it came from, named in the error
     * @return the date
     */
    public static LocalDate parse(String text, String parameter) {
        if (text == null || text.isBlank()) {
            throw new ToolException(parameter + " is required: an ISO-8601 date such as 2024-03-31");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ToolException(parameter + " must be an ISO-8601 date (YYYY-MM-DD), got '" + text + "'");
        }
    }
}
