package com.stretchkiosk.audit;

import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static com.stretchkiosk.db.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An audit row and the action it records commit together, or neither does. */
class AuditTransactionTest extends KioskTest {

    @Autowired
    ClientService clients;

    @Autowired
    AuditService audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DSLContext db;

    @Test
    void a_failing_action_leaves_neither_its_change_nor_its_audit_row() {
        String name = unique("Rolled Back");
        int auditRows = db.fetchCount(AUDIT_EVENT);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            clients.create(new ClientDraft(name, null, null, null, null));
            throw new IllegalStateException("the disk is full");
        })).hasMessage("the disk is full");

        assertThat(db.fetchCount(CLIENT, CLIENT.FULL_NAME.eq(name))).isZero();
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditRows);
    }

    @Test
    void an_audit_row_cannot_be_written_outside_the_action_it_records() {
        assertThatThrownBy(() -> audit.record(new AuditEntry(AuditAction.CLIENT_VIEWED, AuditOutcome.OK, 1L, "client", "1")))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
