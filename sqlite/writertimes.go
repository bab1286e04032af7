package sqlite

import (
	"sync/atomic"
	"time"
)

// WriterTimes is how long the store's two kinds of write transaction, a
// batch of articles (PutArticles, PutPrepared) and a change of the record
// (SaveRecord), waited for the one writer connection, held it, and of that
// spent committing (with the checkpoints commits run), since Open: whether
// the shared writer holds an ingest up (issue 10). Wall time.
type WriterTimes struct {
	ArticlesWait, ArticlesHeld, ArticlesCommit time.Duration
	RecordWait, RecordHeld, RecordCommit       time.Duration
}

// writerTimes counts WriterTimes; the article and record writes run in
// different goroutines.
type writerTimes struct{ d [6]atomic.Int64 }

// The fields of writerTimes, in WriterTimes's order.
const (
	articlesWait = iota
	articlesHeld
	articlesCommit
	recordWait
	recordHeld
	recordCommit
)

func (w *writerTimes) since(i int, t time.Time) { w.d[i].Add(int64(time.Since(t))) }

// WriterTimes returns the writer's times since Open.
func (db *DB) WriterTimes() WriterTimes {
	d := func(i int) time.Duration { return time.Duration(db.times.d[i].Load()) }
	return WriterTimes{
		ArticlesWait: d(articlesWait), ArticlesHeld: d(articlesHeld), ArticlesCommit: d(articlesCommit),
		RecordWait: d(recordWait), RecordHeld: d(recordHeld), RecordCommit: d(recordCommit),
	}
}
