package dev.praxis.examples.cli;

import dev.praxis.PraxisException;

/** Input the command line cannot act on: an unknown agent or tool, arguments that are not JSON. Exit code 2. */
final class BadInputException extends PraxisException {

    BadInputException(String message) {
        super(message);
    }
}
