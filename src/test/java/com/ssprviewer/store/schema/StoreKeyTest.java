package com.ssprviewer.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreKeyTest {

    @TempDir
    Path dir;

    @Test
    void twoCreatorsOfOneNewStoreAtTheSameMomentBothUseTheKeyThatLandedFirst() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 40; round++) {
                Path store = Files.createDirectory(dir.resolve("store" + round));
                Path keyFile = store.resolve(StoreConnector.KEY_FILE);
                CyclicBarrier together = new CyclicBarrier(4);
                List<Future<String>> keys = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Callable<String> create = () -> {
                        together.await();
                        return StoreConnector.writeNewKey(keyFile);
                    };
                    keys.add(pool.submit(create));
                }
                Set<String> distinct = new HashSet<>();
                for (Future<String> key : keys) {
                    distinct.add(key.get());
                }

                assertEquals(1, distinct.size(), "round " + round + ": " + distinct);
                assertEquals(distinct.iterator().next(), Files.readString(keyFile).trim());
                try (Stream<Path> files = Files.list(store)) {
                    assertEquals(List.of(keyFile), files.toList(), "no temporary key is left behind");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
