package com.stretchkiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the kiosk: Spring Boot with Vaadin Flow on an embedded SQLite file. Server push carries a tap on one
 * tablet to every other tablet showing the same session.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("kiosk/kiosk.css")
@StyleSheet("kiosk/session.css")
@Meta(name = "mobile-web-app-capable", content = "yes")
@Push
public class KioskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(KioskApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1, viewport-fit=cover");
        settings.addFavIcon("icon", "kiosk/icons/favicon.svg", "any");
        // Installable to a tablet's home screen, opening full screen (kiosk/manifest.json, served with the CSS).
        settings.addLink("manifest", "kiosk/manifest.json");
        settings.addLink("apple-touch-icon", "kiosk/icons/icon-192.png");
        settings.addMetaTag("theme-color", "#1f6f5c");
        settings.addMetaTag("mobile-web-app-capable", "yes");
        settings.setPageTitle("Stretch Kiosk");
    }
}
