package com.ssprviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.ValueKeys;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The methods of registration snapshots read as people name them, the same in the window and in the report, in
 * English and Swedish; a method Graph adds later shows as Graph names it.
 */
class RegisteredMethodNamesTest {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @AfterEach
    void english() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
    }

    @Test
    void everyKnownMethodHasANameInTheWindowAndTheReportInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, SWEDISH)) {
            I18n.setLocale(locale);
            ReportTexts report = new ReportTexts(locale);
            for (String method : ValueKeys.registeredMethods()) {
                String shown = ValueNames.registeredMethod(method);
                assertFalse(shown.startsWith("!") || shown.equals(method), locale + " " + method + ": " + shown);
                assertEquals(shown, report.registeredMethod(method), locale + " " + method);
            }
        }
    }

    @Test
    void graphsNamesReadAsPeopleNameThem() {
        ReportTexts english = new ReportTexts(Locale.ENGLISH);
        assertEquals("Alternate mobile phone", english.registeredMethod("alternateMobilePhone"));
        assertEquals("Microsoft Authenticator (push)", english.registeredMethod("microsoftAuthenticatorPush"));
        assertEquals("Microsoft Authenticator (passwordless)",
                english.registeredMethod("microsoftAuthenticatorPasswordless"));
        assertEquals("Software OTP", english.registeredMethod("softwareOneTimePasscode"));
        assertEquals("Windows Hello for Business", english.registeredMethod("windowsHelloForBusiness"));
        assertEquals("Passkey (device-bound)", english.registeredMethod("passKeyDeviceBound"));
        assertEquals("macOS Secure Enclave key", english.registeredMethod("macOsSecureEnclaveKey"));
        assertEquals("Alternativ mobiltelefon", new ReportTexts(SWEDISH).registeredMethod("alternateMobilePhone"));
        I18n.setLocale(SWEDISH);
        assertEquals("E-post, Windows Hello för företag",
                ValueNames.registeredMethods(List.of("email", "windowsHelloForBusiness")));
    }

    @Test
    void aMethodNotInTheBundlesShowsAsItself() {
        assertEquals("qrCodePin", new ReportTexts(SWEDISH).registeredMethod("qrCodePin"));
        I18n.setLocale(SWEDISH);
        assertEquals("qrCodePin", ValueNames.registeredMethod("qrCodePin"));
    }
}
