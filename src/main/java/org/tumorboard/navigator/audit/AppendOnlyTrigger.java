package org.tumorboard.navigator.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's guard of the audit log (see the h2 migrations): any update or delete of an entry fails. */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
