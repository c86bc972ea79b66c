package org.segmentstudio.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two looks of the app: AtlantaFX's Primer, light or dark. */
public enum Theme {
    LIGHT, DARK;

    /** Makes this the look of every window of the app. FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
