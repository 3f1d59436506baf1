package com.ssprviewer;

import com.ssprviewer.model.StoredCode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The condition that a class holds enums by their codes: it calls no {@code ordinal()}, {@code name()} or
 * {@code valueOf(..)} of any enum and no {@code values()} of an enum with {@link StoredCode stored codes}, whose
 * positions mean nothing on disk, except inside that enum; other code walks such constants with {@code EnumSet}.
 */
final class EnumsByCode extends ArchCondition<JavaClass> {

    private static final Set<String> BY_POSITION_OR_NAME = Set.of("ordinal", "name", "valueOf");
    private static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));
    private static final Pattern SWITCH = Pattern.compile(".*\\bswitch\\s*\\(.*");

    private final Map<String, List<String>> sources = new ConcurrentHashMap<>();

    EnumsByCode() {
        super("use enums by their codes, never by ordinal(), name(), valueOf() or values()");
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
            if (byPositionOrName(call) && !implicitValueOf(call) && !enumSwitch(call)) {
                events.add(SimpleConditionEvent.violated(call, call.getDescription()));
            }
        }
    }

    private static boolean byPositionOrName(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        if (!owner.isAssignableTo(Enum.class)) {
            return false;
        }
        String name = call.getName();
        return BY_POSITION_OR_NAME.contains(name) || name.equals("values") && owner.isAssignableTo(StoredCode.class)
                && !ownValues(call);
    }

    /** An enum looks its own constants up by code through {@code values()}: it owns them, positions do not leak. */
    private static boolean ownValues(JavaMethodCall call) {
        JavaClass caller = call.getOriginOwner();
        return caller.equals(call.getTargetOwner())
                || caller.getEnclosingClass().map(call.getTargetOwner()::equals).orElse(false);
    }

    /** The {@code valueOf(String)} that javac writes into every enum calls {@code Enum.valueOf}. */
    private static boolean implicitValueOf(JavaMethodCall call) {
        return call.getOrigin().getName().equals("valueOf") && call.getOriginOwner().isEnum();
    }

    /**
     * javac compiles a switch over an enum into a look-up of {@code ordinal()} in a synthetic array, on the line of
     * the switch; ArchUnit hides the read of that array, so the source line tells such a call from a written one.
     */
    private boolean enumSwitch(JavaMethodCall call) {
        if (!call.getName().equals("ordinal")) {
            return false;
        }
        String file = call.getOriginOwner().getPackageName().replace('.', '/') + "/"
                + call.getSourceCodeLocation().getSourceFileName();
        List<String> lines = sources.computeIfAbsent(file, EnumsByCode::read);
        int at = call.getLineNumber() - 1;
        if (at < 0 || at >= lines.size()) {
            return false;
        }
        String line = lines.get(at);
        return SWITCH.matcher(line).matches() && !line.contains("ordinal");
    }

    private static List<String> read(String file) {
        for (Path root : SOURCE_ROOTS) {
            Path source = root.resolve(file);
            if (Files.exists(source)) {
                try {
                    return Files.readAllLines(source);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return List.of();
    }
}
