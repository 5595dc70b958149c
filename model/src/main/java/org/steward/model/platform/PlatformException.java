package org.steward.model.platform;

/** A platform call failed; the message names the endpoint and says what went wrong in the user's words. */
public class PlatformException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
