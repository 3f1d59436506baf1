package com.ssprviewer.report.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.event.PrintJobEvent;
import javax.print.event.PrintJobListener;

/**
 * A printer that records what it was sent, built as a proxy of the {@code javax.print} interfaces so tests need no
 * installed printer. {@code behaviour} decides what the job does when printed.
 */
final class FakePrinter {

    enum Behaviour { COMPLETE, DELIVER_ONLY, REFUSE, HANG }

    final String name;
    final Set<DocFlavor> flavors;
    final Behaviour behaviour;
    final List<DocFlavor> receivedFlavors = new ArrayList<>();
    final List<byte[]> receivedBytes = new ArrayList<>();
    final CountDownLatch hang = new CountDownLatch(1);

    FakePrinter(String name, Set<DocFlavor> flavors, Behaviour behaviour) {
        this.name = name;
        this.flavors = flavors;
        this.behaviour = behaviour;
    }

    PrintService service() {
        return (PrintService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PrintService.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getName":
                        case "toString":
                            return name;
                        case "isDocFlavorSupported":
                            return flavors.contains((DocFlavor) args[0]);
                        case "getSupportedDocFlavors":
                            return flavors.toArray(new DocFlavor[0]);
                        case "createPrintJob":
                            return job((PrintService) proxy);
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            return null;
                    }
                });
    }

    private DocPrintJob job(PrintService service) {
        List<PrintJobListener> listeners = new ArrayList<>();
        return (DocPrintJob) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DocPrintJob.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getPrintService":
                            return service;
                        case "addPrintJobListener":
                            listeners.add((PrintJobListener) args[0]);
                            return null;
                        case "print":
                            print((DocPrintJob) proxy, (Doc) args[0], listeners);
                            return null;
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            return null;
                    }
                });
    }

    private void print(DocPrintJob job, Doc doc, List<PrintJobListener> listeners) throws PrintException,
            InterruptedException {
        if (behaviour == Behaviour.HANG) {
            hang.await();
        }
        if (behaviour == Behaviour.REFUSE) {
            throw new PrintException("printer is offline");
        }
        try (InputStream in = (InputStream) doc.getPrintData()) {
            receivedBytes.add(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        receivedFlavors.add(doc.getDocFlavor());
        PrintJobEvent transferred = new PrintJobEvent(job, PrintJobEvent.DATA_TRANSFER_COMPLETE);
        listeners.forEach(l -> l.printDataTransferCompleted(transferred));
        if (behaviour == Behaviour.COMPLETE) {
            PrintJobEvent complete = new PrintJobEvent(job, PrintJobEvent.JOB_COMPLETE);
            listeners.forEach(l -> l.printJobCompleted(complete));
        }
    }
}
