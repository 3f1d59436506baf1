package com.ssprviewer.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On Windows a store's folder and files get an access list naming only their owner, with full control. */
class OwnerOnlyTest {

    @Test
    void theFolderAccessListGivesOnlyTheOwnerFullControlAndPassesItToWhatTheFolderHolds() throws Exception {
        UserPrincipal owner = me();
        List<AclEntry> acl = OwnerOnly.ownerOnlyAcl(owner, true);
        assertEquals(1, acl.size());
        AclEntry entry = acl.get(0);
        assertEquals(AclEntryType.ALLOW, entry.type());
        assertEquals(owner, entry.principal());
        assertEquals(EnumSet.allOf(AclEntryPermission.class), entry.permissions());
        assertEquals(EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT), entry.flags());
        assertEquals(EnumSet.noneOf(AclEntryFlag.class), OwnerOnly.ownerOnlyAcl(owner, false).get(0).flags());
        assertFalse(OwnerOnly.othersAllowed(acl, owner));
    }

    @Test
    void anAccessListThatLetsAnyoneElseInIsSeenAsOpen() throws Exception {
        UserPrincipal owner = me();
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(groupName());
        List<AclEntry> acl = new ArrayList<>(OwnerOnly.ownerOnlyAcl(owner, true));
        acl.add(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(group)
                .setPermissions(AclEntryPermission.READ_DATA).build());
        assertTrue(OwnerOnly.othersAllowed(acl, owner));
    }

    private static UserPrincipal me() throws Exception {
        return FileSystems.getDefault().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static String groupName() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "Users" : "root";
    }
}
