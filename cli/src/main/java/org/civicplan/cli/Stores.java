package org.civicplan.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcSchema;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.storage.json.StoreProblem;

/** Opens the store a {@code --store} argument names. */
final class Stores {
    private Stores() {}

    /**
     * Opens the store for the portfolio named by {@code --portfolio} ({@code null}: the one the
     * store holds, when it holds exactly one). Only {@code create} (import) may bring a portfolio
     * into being; otherwise a portfolio the store does not hold is an error listing those it does,
     * and nothing is written. {@code err} gets the warnings of a JSON store (files that could not be read
     * and were skipped), printed when the store is closed, i.e. after the command looked at them.
     */
    static OpenStore open(
            String spec,
            String portfolio,
            String user,
            String password,
            CivicPlanCli.Options options,
            PrintWriter err,
            boolean create) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException(Message.of("Thiếu --store", "Missing --store"));
        }
        if (spec.equals("sample:")) {
            Portfolio sample = Program07Sample.portfolio();
            chosen(spec, portfolio, List.of(sample.id()));
            return new OpenStore(InMemoryPortfolioStore.of(sample), "sample:", () -> {});
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
                JdbcPortfolioStore store;
                if (create) {
                    store = JdbcPortfolioStore.create(pool, PortfolioId.of(portfolio));
                } else {
                    JdbcSchema.migrate(pool);
                    store = JdbcPortfolioStore.open(pool, chosen(spec, portfolio, JdbcPortfolioStore.portfolios(pool)));
                }
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
        PortfolioId id;
        if (create) {
            id = PortfolioId.of(portfolio);
        } else {
            Optional<PortfolioId> held;
            try {
                held = JsonFileStore.portfolioIn(directory);
            } catch (UnableToStoreException unreadable) {
                if (portfolio == null) {
                    throw new InvalidInputException(
                            Message.of(
                                    unreadable.getMessage(Lang.VI) + " (ghi rõ danh mục bằng --portfolio)",
                                    unreadable.getMessage(Lang.EN) + " (name the portfolio with --portfolio)"),
                            unreadable);
                }
                held = Optional.of(PortfolioId.of(portfolio));
            }
            id = chosen(spec, portfolio, held.map(List::of).orElse(List.of()));
        }
        JsonFileStore store = JsonFileStore.open(directory, id);
        // the store finds broken files only when it reads them, so report them at the end
        return new OpenStore(store, directory.toString(), () -> {
            for (StoreProblem problem : store.problems()) {
                err.println("civicplan: " + options.t("cảnh báo: ", "warning: ") + problem.describe(options.lang()));
            }
            err.flush();
        });
    }

    /**
     * The portfolio to open: the one asked for, which the store must hold, or, when none is asked
     * for, the only one it holds. Anything else is an error naming those it holds.
     */
    static PortfolioId chosen(String spec, String requested, List<PortfolioId> held) {
        String list = held.stream().map(PortfolioId::value).collect(Collectors.joining(", "));
        if (held.isEmpty()) {
            throw new InvalidInputException(Message.of(
                    "Kho " + spec + " chưa có danh mục nào (để nhập: civicplan import TỆP.json --store " + spec + ")",
                    "The store " + spec + " holds no portfolio (to import one: civicplan import FILE.json --store "
                            + spec + ")"));
        }
        if (requested == null) {
            if (held.size() == 1) {
                return held.get(0);
            }
            throw new InvalidInputException(Message.of(
                    "Kho " + spec + " có nhiều danh mục: " + list + "; chọn một bằng --portfolio",
                    "The store " + spec + " holds several portfolios: " + list + "; choose one with --portfolio"));
        }
        PortfolioId id = PortfolioId.of(requested);
        if (!held.contains(id)) {
            throw new InvalidInputException(Message.of(
                    "Kho " + spec + " không có danh mục \"" + requested + "\"; kho có: " + list
                            + " (chọn bằng --portfolio, hoặc bỏ --portfolio khi kho chỉ có một)",
                    "The store " + spec + " holds no portfolio \"" + requested + "\"; it holds: " + list
                            + " (choose one with --portfolio, or leave it out when the store holds one)"));
        }
        return id;
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
