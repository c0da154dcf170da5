package org.civicplan.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.storage.json.StoreProblem;

/** Opens the store a {@code --store} argument names. */
final class Stores {
    private Stores() {}

    /**
     * Opens the store; {@code err} gets the warnings of a JSON store (files that could not be read
     * and were skipped), printed when the store is closed, i.e. after the command looked at them.
     */
    static OpenStore open(
            String spec,
            PortfolioId portfolio,
            String user,
            String password,
            CivicPlanCli.Options options,
            PrintWriter err,
            boolean create) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException(Message.of("Thiếu --store", "Missing --store"));
        }
        if (spec.equals("sample:")) {
            return new OpenStore(InMemoryPortfolioStore.of(Program07Sample.portfolio()), "sample:", () -> {});
        }
        if (spec.startsWith("jdbc:")) {
            HikariDataSource pool;
            try {
                pool = JdbcStores.pool(spec, user, password);
            } catch (RuntimeException e) {
                // the pool's own exception names its class and hides the driver's reason
                String url = spec.split("[?;]", 2)[0];
                if (inUseByAnotherProcess(e)) {
                    throw new UnableToStoreException(
                            Message.of(
                                    "Cơ sở dữ liệu " + url + " đang được một tiến trình khác sử dụng (một lệnh"
                                            + " civicplan khác hoặc chương trình đang mở tệp này). Hãy chờ tiến trình đó"
                                            + " kết thúc hoặc đóng nó, rồi chạy lại.",
                                    "The database " + url + " is in use by another process (another civicplan"
                                            + " command or a program that has the file open). Wait for it to finish or"
                                            + " close it, then run again."),
                            e);
                }
                throw new UnableToStoreException(
                        Message.of(
                                "Không kết nối được cơ sở dữ liệu " + url + ": " + reason(e)
                                        + " (kiểm tra URL, --user, --password)",
                                "Cannot connect to the database " + url + ": " + reason(e)
                                        + " (check the URL, --user and --password)"),
                        e);
            }
            try {
                JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, portfolio);
                return new OpenStore(store, spec, pool::close);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        }
        Path directory = Path.of(spec);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new InvalidInputException(Message.of(
                    "\"" + spec + "\" là một tệp, không phải thư mục kho JSON (để nhập tệp này, dùng: civicplan import "
                            + spec + " --store THƯ-MỤC)",
                    "\"" + spec + "\" is a file, not a JSON store directory (to import it: civicplan import " + spec
                            + " --store DIR)"));
        }
        if (!create && !Files.exists(directory)) {
            // a mistyped folder would otherwise become a new, empty store and every command "succeed"
            throw new InvalidInputException(Message.of(
                    "Không có kho dữ liệu tại " + spec + " (để tạo: civicplan import TỆP.json --store " + spec + ")",
                    "No store at " + spec + " (to create one: civicplan import FILE.json --store " + spec + ")"));
        }
        JsonFileStore store = JsonFileStore.open(directory, portfolio);
        // the store finds broken files only when it reads them, so report them at the end
        return new OpenStore(store, directory.toString(), () -> {
            for (StoreProblem problem : store.problems()) {
                err.println("civicplan: " + options.t("cảnh báo: ", "warning: ") + problem.describe(options.lang()));
            }
            err.flush();
        });
    }

    /**
     * H2 refuses a file database another process holds: "The file is locked" (MVStore) or
     * "Database may be already in use" (error 90020).
     */
    static boolean inUseByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("The file is locked")
                    || m.contains("Database may be already in use")
                    || (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message: the driver's own words (e.g. "Unsupported connection setting …"). */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
