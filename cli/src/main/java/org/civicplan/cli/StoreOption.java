package org.civicplan.cli;

import picocli.CommandLine;

/** {@code --store DIR|JDBC-URL|sample:} and {@code --portfolio ID}, plus the shared options. */
final class StoreOption {
    @CommandLine.Mixin
    CivicPlanCli.Options options = new CivicPlanCli.Options();

    @CommandLine.Option(
            names = "--store",
            required = true,
            paramLabel = "DIR|JDBC-URL|sample:",
            description = {
                "Kho dữ liệu: thư mục JSON, URL JDBC (jdbc:h2:…, jdbc:postgresql:…, jdbc:mariadb:…), hoặc sample: (dữ liệu minh họa trong bộ nhớ)",
                "Store: a JSON directory, a JDBC URL, or sample: (the illustrative data, in memory)"
            })
    String spec;

    @CommandLine.Option(
            names = "--portfolio",
            description = {
                "Mã danh mục (tenant); bỏ qua được khi kho chỉ có một",
                "Portfolio (tenant) id; may be left out when the store holds one"
            })
    String portfolio;

    @CommandLine.Option(names = "--user", description = "Tài khoản (JDBC) / database user")
    String user;

    @CommandLine.Option(names = "--password", description = "Mật khẩu (JDBC) / database password", interactive = false)
    String password;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    /** Opens an existing store: a JSON directory that does not exist is an error, not a new empty store. */
    OpenStore open() {
        return Stores.open(
                spec, portfolio, user, password, options, mixee.commandLine().getErr(), false);
    }

    /** Opens the store, creating a JSON directory that does not exist yet: for {@code import}. */
    OpenStore openOrCreate() {
        return Stores.open(
                spec, portfolio, user, password, options, mixee.commandLine().getErr(), true);
    }
}
