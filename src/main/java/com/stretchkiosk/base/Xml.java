package com.stretchkiosk.base;

/** Text placed inside server-rendered SVG or HTML markup. */
public final class Xml {

    private Xml() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
