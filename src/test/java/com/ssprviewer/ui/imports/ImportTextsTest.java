package com.ssprviewer.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormat;
import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's names of formats and outcomes, from codes the import log stores. */
class ImportTextsTest {

    @BeforeEach
    void english() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
    }

    /** The registry's display keys are not literals in the window's code, so the scan for used keys misses them. */
    @Test
    void everyRegisteredFormatHasANameInBothBundles() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_sv.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = I18n.class.getResourceAsStream("/com/ssprviewer/ui/" + bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ExportFormat format : ExportFormats.all()) {
                assertTrue(texts.containsKey(format.displayKey()), bundle + " lacks " + format.displayKey());
            }
        }
    }

    @Test
    void aStoredFormatCodeReadsAsTheFormatsName() {
        assertEquals("Microsoft Graph directoryAudits (JSON)", ImportTexts.formatOfCode("graph-json"));
        assertEquals("Role assignments (CSV)", ImportTexts.formatOfCode("role-list-csv"));
        assertEquals("Classic password reset activity (CSV)", ImportTexts.formatOfCode("classic-reset-csv"));
        assertEquals("Not an export", ImportTexts.formatOfCode(null));
    }

    @Test
    void aFormatCodeFromANewerReleaseReadsAsUnknownInsteadOfFailing() {
        assertEquals("Unknown format (teams-csv)", ImportTexts.formatOfCode("teams-csv"));
    }

    @Test
    void aStoredOutcomeCodeReadsAsTheOutcomeAndAnUnknownOneAsItIs() {
        assertEquals("Refused", ImportTexts.outcome(ImportResult.Outcome.REFUSED.code()));
        assertEquals("SOMETHING", ImportTexts.outcome("SOMETHING"));
    }
}
