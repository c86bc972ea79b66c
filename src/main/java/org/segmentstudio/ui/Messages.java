package org.segmentstudio.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every string the user sees comes from here, so a translation is a file, not a code change. */
public final class Messages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.segmentstudio.i18n.messages", Locale.getDefault());

    private Messages() {
    }

    /**
     * A menu label without its mnemonic marks, for places that show text as it is: a dialog's
     * title, a tooltip ("_Open CSV…" reads "Open CSV…"; a doubled "__" is a real underscore).
     */
    public static String plain(String key, Object... args) {
        return tr(key, args).replace("__", "\u0000").replace("_", "").replace("\u0000", "_");
    }

    public static String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
