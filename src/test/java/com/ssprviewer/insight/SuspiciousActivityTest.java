package com.ssprviewer.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuspiciousActivityTest {

    @Test
    void theFourRulesOfTheProductEachHaveAOneSentenceExplanation() {
        Map<String, String> explanations = SuspiciousActivity.explanations();
        assertEquals(List.of("blocked", "ip-many-users", "repeated-failures", "reset-after-block"),
                List.copyOf(explanations.keySet()));
        explanations.values().forEach(sentence -> {
            assertTrue(sentence.endsWith("."), sentence);
            assertFalse(sentence.substring(0, sentence.length() - 1).contains(". "), sentence);
        });
    }

    @Test
    void aRuleIsExplainedByItsNameAndAnUnknownNameHasNoExplanation() {
        assertEquals(Optional.of(RepeatedFailuresRule.EXPLANATION),
                SuspiciousActivity.explanation("repeated-failures"));
        assertEquals(Optional.empty(), SuspiciousActivity.explanation("no-such-rule"));
    }
}
