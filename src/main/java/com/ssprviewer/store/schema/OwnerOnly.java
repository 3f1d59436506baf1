package com.ssprviewer.store.schema;

import com.ssprviewer.store.api.FolderAccess;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a store's folder and files to the account that owns them, whatever the umask: on POSIX folders are created
 * 700 and files 600, and opening takes away any access of group and others; on Windows they get an access list
 * that names only the owner, with full control, and nothing inherited from the folders above.
 */
final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {
    }

    /** Creates the folder and each missing folder above it, each owner-only. */
    static void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        createDirectory(absolute);
    }

    /** Creates one folder owner-only; one that is already there is left as it is. */
    static void createDirectory(Path dir) throws IOException {
        try {
            if (posix(dir)) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(dir, FOLDER);
            } else {
                Files.createDirectory(dir);
                restrictAcl(dir, true);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }

    /** Creates an empty file owner-only; returns false when it is already there. */
    static boolean createFile(Path file) throws IOException {
        try {
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                Files.setPosixFilePermissions(file, FILE);
            } else {
                Files.createFile(file);
                restrictAcl(file, false);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /**
     * Takes away every other account's access to the folder and the files in it. Only access is removed, never
     * added: a folder its owner made read-only stays read-only.
     */
    static FolderAccess restrict(Path dir) {
        boolean changed = false;
        try {
            changed |= restrictOne(dir, true);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    changed |= restrictOne(entry, Files.isDirectory(entry));
                }
            }
        } catch (IOException | SecurityException e) {
            return FolderAccess.OPEN_TO_OTHERS;
        }
        return changed ? FolderAccess.MADE_OWNER_ONLY : FolderAccess.OWNER_ONLY;
    }

    /** Takes away every other account's access to one file. */
    static void restrictFile(Path file) throws IOException {
        restrictOne(file, false);
    }

    /** The access list of an owner-only folder or file: its owner with full control, inherited by what it holds. */
    static List<AclEntry> ownerOnlyAcl(UserPrincipal owner, boolean folder) {
        return List.of(AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .setFlags(folder ? EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                        : EnumSet.noneOf(AclEntryFlag.class))
                .build());
    }

    /** Whether an access list lets anyone but the owner in. */
    static boolean othersAllowed(List<AclEntry> acl, UserPrincipal owner) {
        return acl.stream().anyMatch(e -> e.type() == AclEntryType.ALLOW && !e.principal().equals(owner));
    }

    private static boolean restrictOne(Path path, boolean folder) throws IOException {
        if (posix(path)) {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
            if (now.stream().noneMatch(OTHERS::contains)) {
                return false;
            }
            Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
            owner.addAll(now);
            owner.removeAll(OTHERS);
            Files.setPosixFilePermissions(path, owner);
            return true;
        }
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (view == null || !othersAllowed(view.getAcl(), view.getOwner())) {
            return false;
        }
        restrictAcl(path, folder);
        return true;
    }

    private static void restrictAcl(Path path, boolean folder) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (view != null) {
            view.setAcl(ownerOnlyAcl(view.getOwner(), folder));
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
