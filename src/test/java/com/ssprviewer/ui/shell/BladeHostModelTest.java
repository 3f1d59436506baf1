package com.ssprviewer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.ui.common.Blade;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BladeHostModelTest {
    private final List<String> closed = new ArrayList<>();
    private final BladeHostModel host = new BladeHostModel();
    private final Blade list = new NamedBlade("list", closed);
    private final Blade details = new NamedBlade("details", closed);
    private final Blade flow = new NamedBlade("flow", closed);

    @Test
    void bladesOpenLeftToRight() {
        host.openRoot(list);
        host.open(list, details);
        host.open(details, flow);

        assertEquals(List.of(list, details, flow), host.blades());
        assertEquals(flow, host.last().orElseThrow());
    }

    @Test
    void openingFromAnEarlierBladeClosesTheBladesRightOfItFirst() {
        host.openRoot(list);
        host.open(list, details);
        host.open(details, flow);
        Blade other = new NamedBlade("other", closed);

        host.open(list, other);

        assertEquals(List.of(list, other), host.blades());
        assertEquals(List.of("flow", "details"), closed);
    }

    @Test
    void closingABladeReturnsToItsParentAndClosesItsChildren() {
        host.openRoot(list);
        host.open(list, details);
        host.open(details, flow);

        host.close(details);

        assertEquals(List.of(list), host.blades());
        assertEquals(List.of("flow", "details"), closed);
    }

    @Test
    void theKeyboardClosesOnlyBladesThatHaveAParent() {
        host.openRoot(list);
        host.open(list, details);

        assertTrue(host.closeLast());
        assertFalse(host.closeLast());
        assertEquals(List.of(list), host.blades());
    }

    @Test
    void aBreadcrumbClickKeepsThatBladeAndCloseTheOnesRightOfIt() {
        host.openRoot(list);
        host.open(list, details);
        host.open(details, flow);

        host.closeRightOf(0);

        assertEquals(List.of(list), host.blades());
    }

    @Test
    void openingFromAClosedBladeIsIgnored() {
        host.openRoot(list);
        host.open(list, details);
        host.close(details);

        host.open(details, flow);

        assertEquals(List.of(list), host.blades());
    }

    @Test
    void aNewRootClosesEverythingOpen() {
        host.openRoot(list);
        host.open(list, details);
        Blade overview = new NamedBlade("overview", closed);

        host.openRoot(overview);

        assertEquals(List.of(overview), host.blades());
        assertEquals(List.of("details", "list"), closed);
    }

    @Test
    void anAlreadyOpenBladeIsNotOpenedTwice() {
        host.openRoot(list);
        host.open(list, details);

        host.open(details, list);

        assertEquals(List.of(list, details), host.blades());
    }
}
