package org.proclab.lesson;

/** The languages lessons and the UI are written in. */
public enum Lang {
    EN("en"), ZH("zh");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Lang fromCode(String code) {
        for (Lang lang : values()) {
            if (lang.code.equalsIgnoreCase(code)) {
                return lang;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + code + "\"; use en or zh");
    }
}
