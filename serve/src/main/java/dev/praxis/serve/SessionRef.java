package dev.praxis.serve;

import java.util.regex.Pattern;

/**
 * A conversation as the server keys it: the authenticated user, the agent and the client's session name. The stored
 * session id starts with the user id, so two users who pick the same session name never share a conversation, a
 * cart or an approval.
 */
record SessionRef(String user, String agent, String name) {

    static final String HEADER = "X-Praxis-Session";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    static String checkedName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw ApiError.badRequest("session must be 1..128 letters, digits or . _ : @ - (from " + HEADER
                    + " or 'user')");
        }
        return name;
    }

    /** The session id the agent and the tools see. */
    String id() {
        return user + "/" + agent + "/" + name;
    }
}
