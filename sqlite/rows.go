package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// maxRows bounds the rows of one multi-row statement (and so how many
// statements of different sizes a transaction prepares).
const maxRows = 64

// multiRow writes many rows with one statement of as many VALUES tuples
// rather than one statement a row: in a bulk load each statement (binding,
// stepping, resetting, through database/sql) costs more than the row it
// writes. Statements are prepared once per size within a transaction; the
// rows are written in the order given, as one statement a row would.
type multiRow struct {
	tx     *sql.Tx
	prefix string // up to VALUES
	suffix string // after the tuples (ON CONFLICT …)
	cols   int
	stmts  map[int]*sql.Stmt
}

func newMultiRow(tx *sql.Tx, prefix, suffix string, cols int) *multiRow {
	return &multiRow{tx: tx, prefix: prefix, suffix: suffix, cols: cols, stmts: map[int]*sql.Stmt{}}
}

// exec writes args, cols values a row.
func (m *multiRow) exec(ctx context.Context, args []any) error {
	for len(args) > 0 {
		part := args[:min(len(args), maxRows*m.cols)]
		args = args[len(part):]
		rows := len(part) / m.cols
		st := m.stmts[rows]
		if st == nil {
			tuple := "(" + strings.TrimSuffix(strings.Repeat("?, ", m.cols), ", ") + ")"
			q := m.prefix + " VALUES " + strings.TrimSuffix(strings.Repeat(tuple+", ", rows), ", ") + m.suffix
			var err error
			if st, err = m.tx.PrepareContext(ctx, q); err != nil {
				return err
			}
			m.stmts[rows] = st
		}
		if _, err := st.ExecContext(ctx, part...); err != nil {
			return err
		}
	}
	return nil
}

func (m *multiRow) close() {
	for _, st := range m.stmts {
		st.Close()
	}
}
