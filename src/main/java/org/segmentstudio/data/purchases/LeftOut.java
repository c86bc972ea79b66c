package org.segmentstudio.data.purchases;

/** Why a purchase line was not used, as the builder's counts name it. */
public enum LeftOut {
    NO_CUSTOMER("no customer"),
    RETURN("return or cancellation"),
    NOT_POSITIVE("zero amount, quantity or price (or a negative price)"),
    UNREADABLE_DATE("unreadable date"),
    UNREADABLE_NUMBER("unreadable quantity, price or amount"),
    AFTER_AS_OF("after the as-of date");

    private final String words;

    LeftOut(String words) {
        this.words = words;
    }

    /** "no customer": how the JSON and the window say it. */
    public String words() {
        return words;
    }
}
