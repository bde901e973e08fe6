package com.stretchkiosk.base;

/**
 * The translations, as code that builds text outside a component needs them: a key and its arguments
 * ({@code component::getTranslation} is one).
 */
@FunctionalInterface
public interface Words {

    String t(String key, Object... arguments);

    /** The i18n key of an enum value under a prefix: {@code key("region.", BACK_OF_THIGH)} is "region.back-of-thigh". */
    static String key(String prefix, Enum<?> value) {
        return prefix + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
