package com.stretchkiosk.base.ui;

import com.stretchkiosk.base.KioskProperties;
import com.stretchkiosk.base.Words;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The translations in the studio's locale for code that is not a component (the unit words of
 * {@link com.stretchkiosk.catalog.Measures}): the kiosk's own I18N provider while a request or push runs, else
 * the same translation files read directly.
 */
@Component
public class StudioWords implements Words {

    private final Locale locale;
    private final I18NProvider files;

    @Autowired
    public StudioWords(KioskProperties properties) {
        this(properties.locale());
    }

    public StudioWords(Locale locale) {
        this.locale = locale;
        this.files = new DefaultI18NProvider(List.of(locale), StudioWords.class.getClassLoader());
    }

    @Override
    public String t(String key, Object... arguments) {
        VaadinService service = VaadinService.getCurrent();
        I18NProvider provider = service == null ? files : service.getInstantiator().getI18NProvider();
        return (provider == null ? files : provider).getTranslation(key, locale, arguments);
    }
}
