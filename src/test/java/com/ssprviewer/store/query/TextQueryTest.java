package com.ssprviewer.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.query.TextQuery.Field;
import com.ssprviewer.store.query.TextQuery.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextQueryTest {

    private static List<Term> terms(String typed) {
        return TextQuery.parse(typed).terms();
    }

    @Test
    void wordsAreSeparateTermsThatMustAllMatch() {
        assertEquals(List.of(new Term(Field.ANY, "megan", false), new Term(Field.ANY, "failure", false)),
                terms("  megan   failure "));
    }

    @Test
    void aQuotedPhraseIsOneTermWithItsSpaces() {
        assertEquals(List.of(new Term(Field.ANY, "Megan Bowen", false), new Term(Field.ANY, "reset", false)),
                terms("\"Megan Bowen\" reset"));
    }

    @Test
    void aMinusExcludesAWordOrAPhrase() {
        assertEquals(List.of(new Term(Field.ANY, "reset", false), new Term(Field.ANY, "blocked", true),
                new Term(Field.ANY, "user cancelled", true)), terms("reset -blocked -\"user cancelled\""));
    }

    @Test
    void aKnownFieldNameLooksInThatFieldOnlyWhateverItsCase() {
        assertEquals(List.of(new Term(Field.USER, "megan", false), new Term(Field.TARGET, "alex", false),
                new Term(Field.IP, "198.51.100.7", false), new Term(Field.ACTIVITY, "Reset password", false),
                new Term(Field.RESULT, "failure", true), new Term(Field.DETAILS, "locked", false)),
                terms("user:megan TARGET:alex Ip:198.51.100.7 activity:\"Reset password\" -result:failure"
                        + " details:locked"));
    }

    @Test
    void anUnknownFieldIsSearchedAsPlainTextWithItsColon() {
        assertEquals(List.of(new Term(Field.ANY, "foo:bar", false), new Term(Field.ANY, "https://x.example", false)),
                terms("foo:bar https://x.example"));
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertEquals(List.of(new Term(Field.ANY, "a", false), new Term(Field.USER, "Megan Bo", false)),
                terms("a user:\"Megan Bo"));
        assertEquals(List.of(new Term(Field.ANY, "no end here", true)), terms("-\"no end here"));
    }

    @Test
    void emptyTermsAreDroppedSoAHalfTypedQueryStillFindsRows() {
        assertEquals(List.of(new Term(Field.ANY, "megan", false)), terms("megan user: \"\" -\"  \""));
        assertTrue(TextQuery.parse(null).isEmpty());
        assertTrue(TextQuery.parse("   ").isEmpty());
        assertEquals(TextQuery.NONE, TextQuery.parse("user:"));
    }

    @Test
    void aLoneMinusOrAMinusInsideAWordIsText() {
        assertEquals(List.of(new Term(Field.ANY, "-", false), new Term(Field.ANY, "a-b", false)), terms("- a-b"));
    }

    @Test
    void onlyAWholeGuidIsMatchedAsACorrelationId() {
        assertTrue(new Term(Field.ANY, "946bcba6-0e4f-483c-BD4E-9b128ebcb8a7", false).guid());
        assertFalse(new Term(Field.ANY, "946bcba6-0e4f-483c", false).guid());
    }

    @Test
    void theQueryWritesBackInItsSyntaxAndParsesToTheSameTerms() {
        TextQuery q = TextQuery.parse("megan -USER:\"alex w\" ip:10.0.0.1 foo:bar");
        assertEquals("\"megan\" -user:\"alex w\" ip:\"10.0.0.1\" \"foo:bar\"", q.toString());
        assertEquals(q, TextQuery.parse(q.toString()));
    }
}
