package org.segmentstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.MissingPolicy;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The session without a window: open, run twice, stop mid-run, open other data mid-run, close. */
@ExtendWith(ApplicationExtension.class)
class SessionTest {
    private static final List<String> INCOME_SPEND = List.of("Annual Income (k$)", "Spending Score (1-100)");

    @TempDir
    Path dir;
    private final NoRunView view = new NoRunView();
    private final List<Session.Problem> problems = new ArrayList<>();
    private Session session;

    private Session session(FxRobot robot) {
        robot.interact(() -> {
            session = new Session(view, new KAdvisorSearch());
            session.setOnProblem(problems::add);
        });
        return session;
    }

    private void choose(FxRobot robot, List<String> features, int k) {
        robot.interact(() -> session.choiceProperty().set(new Choice(features, k, Scaling.NONE, MissingPolicy.DROP, true)));
    }

    /** A session with the sample open, clustered at K = 5 on income and spending, and analysed. */
    private void analysedSample(FxRobot robot) throws Exception {
        session(robot);
        choose(robot, INCOME_SPEND, 5);
        robot.interact(session::loadSample);
        robot.interact(session::run);
        waitFor(() -> session.runProperty().get() != null && session.runProperty().get().analysis() != null);
    }

    private <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
    }

    private Path bigFile(String name, int rows) throws Exception {
        StringBuilder csv = new StringBuilder("Income,Spend\n");
        for (int i = 0; i < rows; i++) {
            csv.append(20 + (i * 7919L) % 97).append(',').append((i * 104729L) % 89).append('\n');
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    @Test
    void runTwiceAndEachRunIsWatchedFinishedAndAnalysed(FxRobot robot) throws Exception {
        session(robot);
        choose(robot, INCOME_SPEND, 5);
        robot.interact(session::loadSample);
        assertEquals(Session.State.READY, fx(() -> session.statusProperty().get().state()));
        assertEquals(List.of("clear", "show 200"), view.told, "the sample's customers are drawn");

        Run first = null;
        for (int time = 1; time <= 2; time++) {
            view.told.clear();
            robot.interact(session::run);
            waitFor(() -> session.runProperty().get() != null && session.runProperty().get().analysis() != null);
            Run run = fx(() -> session.runProperty().get());
            assertEquals(List.of("clear", "show 200", "begin 5", "finish"), view.told, "run " + time);
            assertEquals(5, run.result().k());
            assertEquals(5, run.names().size(), "named by the analysis");
            assertEquals(Session.State.CONVERGED, fx(() -> session.statusProperty().get().state()));
            assertFalse(fx(() -> session.runningProperty().get()));
            if (first != null) {
                assertNotSame(first, run, "a new run");
                assertEquals(first.result().inertia(), run.result().inertia(), 1e-9, "the same seed gives the same segments");
            }
            first = run;
        }
        assertTrue(view.frames > 0, "frames reached the view");
        assertTrue(problems.isEmpty(), problems.toString());

        robot.interact(() -> session.nameSegments(List.of("A", "B", "C", "D", "E")));
        assertEquals("A", fx(() -> session.runProperty().get().labels().names().get(0)), "exports use the names given");
    }

    @Test
    void stopMidRunKeepsTheDataAndLeavesNoResult(FxRobot robot) throws Exception {
        session(robot);
        Path big = bigFile("big.csv", 600_000);
        robot.interact(() -> session.open(big));
        waitFor(() -> session.datasetProperty().get() != null);
        choose(robot, List.of("Income", "Spend"), 8);
        robot.interact(() -> {
            session.run();
            session.stop(); // while the features are still being read
        });
        waitFor(() -> !session.runningProperty().get());
        assertEquals(Session.State.CANCELLED, fx(() -> session.statusProperty().get().state()));
        assertNull(fx(() -> session.runProperty().get()));
        assertEquals(600_000, fx(() -> session.datasetProperty().get().rowCount()));
        assertFalse(fx(session::isBusy));

        // Stopped while k-means itself runs (600,000 customers, ten starts: about a second here).
        robot.interact(session::run);
        waitFor(() -> session.statusProperty().get().state() == Session.State.RUNNING);
        robot.interact(session::stop);
        waitFor(() -> !session.runningProperty().get());
        assertEquals(Session.State.CANCELLED, fx(() -> session.statusProperty().get().state()));
        assertNull(fx(() -> session.runProperty().get()));
        assertEquals("finish stopped", view.told.get(view.told.size() - 1));

        robot.interact(session::run); // and it runs again after a stop
        waitFor(() -> session.runProperty().get() != null);
        assertEquals(8, fx(() -> session.runProperty().get().result().k()));
    }

    @Test
    void otherDataOpenedMidRunStopsTheRunAndNothingOfItArrives(FxRobot robot) throws Exception {
        session(robot);
        Path big = bigFile("big.csv", 300_000);
        Path small = bigFile("small.csv", 50);
        robot.interact(() -> session.open(big));
        waitFor(() -> session.datasetProperty().get() != null);
        choose(robot, List.of("Income", "Spend"), 8);
        robot.interact(session::run);
        robot.interact(() -> session.open(small));
        waitFor(() -> session.datasetProperty().get().rowCount() == 50 && !session.runningProperty().get());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertNull(fx(() -> session.runProperty().get()), "the big file's run never lands on the small file");
        assertEquals(small, fx(() -> session.fileProperty().get()));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void closeForgetsEverythingAndAChoiceThatIsNotReadyRunsNothing(FxRobot robot) throws Exception {
        session(robot);
        choose(robot, INCOME_SPEND, 3);
        robot.interact(session::loadSample);
        robot.interact(session::run);
        waitFor(() -> session.runProperty().get() != null);
        robot.interact(session::close);
        assertNull(fx(() -> session.datasetProperty().get()));
        assertNull(fx(() -> session.runProperty().get()));
        assertEquals(Session.State.NO_DATA, fx(() -> session.statusProperty().get().state()));

        robot.interact(session::loadSample);
        robot.interact(() -> session.choiceProperty().set(new Choice(INCOME_SPEND, 500, Scaling.NONE, MissingPolicy.DROP, false)));
        robot.interact(session::run);
        assertFalse(fx(() -> session.runningProperty().get()), "a K the picker marks as wrong is never run");
        assertNull(fx(() -> session.runProperty().get()));
    }

    @Test
    void aFileStillBeingReadNeverReplacesTheSampleLoadedOrTheCloseChosenSince(FxRobot robot) throws Exception {
        session(robot);
        Path big = bigFile("big.csv", 600_000);
        robot.interact(() -> {
            session.open(big);
            session.loadSample();
        });
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertEquals(200, fx(() -> session.datasetProperty().get().rowCount()), "the sample chosen last stays");
        assertFalse(fx(session::isBusy));

        robot.interact(() -> {
            session.open(big);
            session.close();
        });
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertNull(fx(() -> session.datasetProperty().get()), "closed stays closed");
        assertNull(fx(() -> session.workProperty().get()));
    }

    @Test
    void aFileOpenedDuringARunKeepsItsOwnProgressAndCancel(FxRobot robot) throws Exception {
        session(robot);
        Path big = bigFile("big.csv", 600_000);
        robot.interact(() -> session.open(big));
        waitFor(() -> session.datasetProperty().get() != null);
        choose(robot, List.of("Income", "Spend"), 8);
        robot.interact(session::run);
        waitFor(() -> session.statusProperty().get().state() == Session.State.RUNNING);
        // Read in the same event as the open: the import may finish (a tenth of a second for this
        // file) before a later event could look.
        Object[] seen = new Object[2];
        robot.interact(() -> {
            session.open(big);
            seen[0] = session.statusProperty().get().state();
            seen[1] = session.workProperty().get().getClass().getSimpleName();
            session.cancelWork();
        });
        assertEquals(Session.State.LOADING, seen[0]);
        assertEquals("ImportService", seen[1], "the status bar's progress and Cancel are the import's while it reads");
        waitFor(() -> !session.isBusy() || session.statusProperty().get().state() != Session.State.LOADING);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void beyondTheRowsTheFxThreadReadsTheBackgroundStepSaysTheSameSentence(FxRobot robot) throws Exception {
        int rows = Session.DISTINCT_CHECK_ROWS + 5;
        StringBuilder csv = new StringBuilder(rows * 8).append("Kind,Spend\n");
        for (int i = 0; i < rows; i++) {
            csv.append(1 + i % 2).append(',').append(i % 97).append('\n');
        }
        Path big = Files.writeString(dir.resolve("kinds.csv"), csv);
        session(robot);
        robot.interact(() -> session.open(big));
        waitFor(() -> session.datasetProperty().get() != null);
        choose(robot, List.of("Kind"), 5);
        robot.interact(session::run);
        waitFor(() -> !problems.isEmpty() && !session.runningProperty().get());
        assertEquals("Among the 200,005 customers, 'Kind' takes only 2 different values, fewer than K = 5 segments: "
                + "choose K = 2, or tick more features.", problems.get(0).error().getMessage());
    }

    @Test
    void aRoleTheColumnCannotTakeIsKnownBeforeItIsGiven(FxRobot robot) throws Exception {
        session(robot);
        robot.interact(session::loadSample);
        assertNotNull(fx(() -> session.roleRefusal("Gender", org.segmentstudio.data.ColumnRole.NUMBER)), "Female is no number");
        assertNotNull(fx(() -> session.roleRefusal("Annual Income (k$)", org.segmentstudio.data.ColumnRole.CATEGORY)),
                "too many values to be categories");
        assertNull(fx(() -> session.roleRefusal("Age", org.segmentstudio.data.ColumnRole.LEAVE_OUT)));
        assertTrue(problems.isEmpty(), "asking tells nothing");
        assertEquals(200, fx(() -> session.datasetProperty().get().rowCount()));
    }

    @Test
    void featuresThatCannotGiveKSegmentsAreAProblemAndTheRunOnScreenStays(FxRobot robot) throws Exception {
        analysedSample(robot);
        Run shown = fx(() -> session.runProperty().get());
        choose(robot, List.of("Gender"), 5);
        robot.interact(session::run);
        waitFor(() -> !problems.isEmpty());
        assertEquals(Session.Failure.RUN, problems.get(0).failure());
        assertTrue(problems.get(0).error() instanceof org.segmentstudio.engine.TooFewDistinctException, problems.get(0).error().toString());
        assertEquals("Among the 200 customers, 'Gender' takes only 2 different values, fewer than K = 5 segments: "
                + "choose K = 2, or tick more features.", problems.get(0).error().getMessage());
        assertSame(shown, fx(() -> session.runProperty().get()), "the segments on screen stay");
        assertFalse(fx(() -> session.runningProperty().get()));
    }

    @Test
    void aFileThatCannotBeReadIsAProblemAndTheOpenDataStays(FxRobot robot) throws Exception {
        session(robot);
        robot.interact(session::loadSample);
        Path broken = Files.writeString(dir.resolve("broken.csv"), "Name,City\nAda,Paris\n");
        robot.interact(() -> session.open(broken));
        waitFor(() -> !problems.isEmpty());
        assertEquals(Session.Failure.OPEN, problems.get(0).failure());
        assertEquals(broken, problems.get(0).file());
        assertNotNull(fx(() -> session.datasetProperty().get()));
        assertEquals(200, fx(() -> session.datasetProperty().get().rowCount()), "the sample is still open");
        assertNull(fx(() -> session.fileProperty().get()));
    }

    @Test
    void aPurchaseLogIsSaidSoAndItsCustomersOpenAsTheData(FxRobot robot) throws Exception {
        session(robot);
        StringBuilder sb = new StringBuilder("InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        for (int i = 0; i < 300; i++) {
            sb.append(536_365 + i / 2).append(',').append(1 + i % 5).append(",2011-0").append(1 + i % 9).append("-1")
                    .append(i % 9).append(" 10:00,").append(1 + i % 4).append(".25,").append(i % 25 == 0 ? "" : (17_850 + i % 30) + ".0")
                    .append(",France\n");
        }
        Path log = Files.writeString(dir.resolve("online.csv"), sb);
        robot.interact(() -> session.open(log));
        waitFor(() -> session.purchaseHintProperty().get() != null);
        var hint = fx(() -> session.purchaseHintProperty().get());
        assertEquals(300, hint.lines());
        assertEquals(30, hint.customers());
        assertEquals("CustomerID", hint.guess().columns().customer());
        robot.interact(() -> session.buildCustomers(log, session.sheet(), new org.segmentstudio.data.purchases.CustomerBuilder
                .Options(hint.guess().columns(), org.segmentstudio.data.purchases.PurchaseDates.of(
                        hint.guess().dateOrder().orElseThrow()), null, org.segmentstudio.data.purchases.Returns.LEAVE_OUT)));
        waitFor(() -> session.builtProperty().get() != null);
        assertEquals(30, fx(() -> session.datasetProperty().get().rowCount()), "one row per customer");
        assertEquals("Recency (days)", fx(() -> session.datasetProperty().get().columnNames().get(1)));
        assertEquals(log, fx(() -> session.fileProperty().get()), "the purchase log stays the file");
        assertEquals(288, fx(() -> session.builtProperty().get().linesUsed()));
        robot.interact(session::loadSample);
        assertNull(fx(() -> session.builtProperty().get()));
        assertNull(fx(() -> session.purchaseHintProperty().get()));
    }

    @Test
    void afterTheAnalysisEachSegmentsFirmnessArrivesAndANewRunForgetsIt(FxRobot robot) throws Exception {
        session(robot);
        choose(robot, INCOME_SPEND, 5);
        robot.interact(session::loadSample);
        robot.interact(session::run);
        waitFor(() -> session.firmnessProperty().get() != null);
        Session.Firmness f = fx(() -> session.firmnessProperty().get());
        assertSame(fx(() -> session.runProperty().get().result()), f.result(), "measured for the run on screen");
        double[] match = f.stability().segments();
        assertEquals(5, match.length);
        for (double m : match) {
            assertTrue(m > 0.9 && m <= 1, "the sample's five groups come back: " + m);
        }
        assertEquals(5, f.borderline().length);
        robot.interact(session::run);
        Session.Firmness then = fx(() -> session.firmnessProperty().get());
        assertTrue(then == null || then.result() != f.result(), "a new run never shows the old run's firmness");
        waitFor(() -> session.firmnessProperty().get() != null && session.runProperty().get() != null
                && session.firmnessProperty().get().result() == session.runProperty().get().result());
    }

    @Test
    void savedSegmentsAppliedToAFileLackingAColumnLeaveWhatIsOpen(FxRobot robot) throws Exception {
        analysedSample(robot);
        var model = fx(() -> session.modelOfRun(Map.of(), session.runProperty().get().names(), "size", "test")).get();
        Run before = fx(() -> session.runProperty().get());
        Path lacking = Files.writeString(dir.resolve("lacking.csv"), "CustomerID,Annual Income (k$)\n1,15\n2,16\n3,17\n");
        robot.interact(() -> session.openAnalysis(model, lacking));
        waitFor(() -> !problems.isEmpty());
        assertEquals(Session.Failure.OPEN, problems.get(0).failure());
        assertTrue(problems.get(0).error().getMessage().contains("lacks the column 'Spending Score (1-100)'"),
                problems.get(0).error().getMessage());
        assertSame(before, fx(() -> session.runProperty().get()), "the run on screen stays");
        assertEquals(200, fx(() -> session.datasetProperty().get().rowCount()));
    }

    @Test
    void anEarlierAnalysisComparesWithTheRunOnScreenCustomerByCustomer(FxRobot robot) throws Exception {
        analysedSample(robot);
        var model = fx(() -> session.modelOfRun(Map.of(), session.runProperty().get().names(), "size", "test")).get();
        Path saved = dir.resolve("five.segments");
        org.segmentstudio.segments.model.ModelFile.write(saved, model);
        choose(robot, INCOME_SPEND, 4);
        robot.interact(session::run);
        waitFor(() -> session.runProperty().get() != null && session.runProperty().get().result().k() == 4
                && session.runProperty().get().analysis() != null);
        robot.interact(() -> session.compareWith(saved));
        waitFor(() -> session.comparisonProperty().get() != null);
        var m = fx(() -> session.comparisonProperty().get().migration());
        assertEquals(5, m.matrix().length, "rows: the five saved segments");
        assertEquals(4, m.matrix()[0].length, "columns: the four of the run");
        assertEquals(200, m.both(), "every customer in both");
        assertEquals(model.names(), m.namesBefore());
        assertEquals("CustomerID", fx(() -> session.comparisonProperty().get().id()));
    }

    @Test
    void aRestoredRunSavedAgainKeepsTheModelItWasLabelledBy(FxRobot robot) throws Exception {
        analysedSample(robot);
        var model = fx(() -> session.modelOfRun(Map.of(), session.runProperty().get().names(), "size", "test")).get();
        StringBuilder sb = new StringBuilder("CustomerID,Annual Income (k$),Spending Score (1-100)\n");
        for (int i = 0; i < 50; i++) {
            sb.append(i + 1).append(',').append(40 + i).append(',').append(90 - i).append('\n');
        }
        Path other = Files.writeString(dir.resolve("other.csv"), sb);
        robot.interact(() -> session.openAnalysis(model, other));
        waitFor(() -> session.restoredProperty().get() != null && session.runProperty().get() != null
                && session.runProperty().get().analysis() != null && session.datasetProperty().get().rowCount() == 50);
        var again = fx(() -> session.modelOfRun(Map.of(), List.of("A", "B", "C", "D", "E"), "size", "test")).get();
        assertEquals(model.transforms(), again.transforms(), "the saved scaling, not one refitted on other.csv");
        assertTrue(java.util.Arrays.deepEquals(model.centroids(), again.centroids()));
        assertEquals(List.of("A", "B", "C", "D", "E"), again.names());
    }

    /** The status's written-out equals: a listener hears every new iteration, and nothing when the status is the same. */
    @Test
    void statusesAreEqualOnlyWhenEveryPartIs() {
        Session.Status s = new Session.Status(Session.State.RUNNING, Path.of("a.csv"), 3, 10);
        assertEquals(s, new Session.Status(Session.State.RUNNING, Path.of("a.csv"), 3, 10));
        assertEquals(s.hashCode(), new Session.Status(Session.State.RUNNING, Path.of("a.csv"), 3, 10).hashCode());
        assertFalse(s.equals(new Session.Status(Session.State.RUNNING, Path.of("a.csv"), 4, 10)));
        assertFalse(s.equals(new Session.Status(Session.State.RUNNING, Path.of("a.csv"), 3, 1)));
        assertFalse(s.equals(new Session.Status(Session.State.CONVERGED, Path.of("a.csv"), 3, 10)));
        assertFalse(s.equals(new Session.Status(Session.State.RUNNING, null, 3, 10)));
        assertEquals(new Session.Status(Session.State.READY, null, 0, 0), new Session.Status(Session.State.READY, null, 0, 0));
    }
}
