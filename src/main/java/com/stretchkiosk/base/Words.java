package com.stretchkiosk.base;

/**
 * The translations, as code that builds text outside a component needs them: a key and its arguments
 * ({@code component::getTranslation} is one).
 */
@FunctionalInterface
public interface Words {

    String t(String key, Object... arguments);
}
