package com.stretchkiosk.chain;

import com.stretchkiosk.base.KioskProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The chain's wiring: a studio's way to its hub, from its settings and its environment. */
@Configuration(proxyBeanMethods = false)
class HubConfiguration {

    static final String CREDENTIAL_SETTING = "kiosk.hub.credential";

    @Bean
    HubCredential hubCredential(KioskProperties properties, ConfigurableEnvironment environment) {
        return HubCredential.of(properties.hub().address(), properties.hub().credentialFile(), System.getenv(HubCredential.VARIABLE),
                givenAsSetting(environment));
    }

    /** The hub's door, before Spring Security (which would answer a studio's refusal with the sign-in page). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<HubDoor> hubDoor(HubService hub, KioskProperties properties) {
        var door = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new HubDoor(hub, properties.hub().maxRequestSize().toBytes()));
        door.addUrlPatterns("/hub/api/*");
        door.setOrder(org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5);
        return door;
    }

    /** Where kiosk.hub.credential was given other than the environment (the command line, -D, a settings file), if anywhere. */
    private static @Nullable String givenAsSetting(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof SystemEnvironmentPropertySource || ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
                continue;
            }
            if (source.containsProperty(CREDENTIAL_SETTING)) {
                return source.getName().equals("commandLineArgs") ? "the command line" : source.getName();
            }
        }
        return null;
    }
}
