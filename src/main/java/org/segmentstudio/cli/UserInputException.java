package org.segmentstudio.cli;

/** Bad input from the user; the message is the whole story, already naming the file. Exit code 2. */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
