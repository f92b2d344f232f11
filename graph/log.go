package graph

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/cayleygraph/cayley/clog"
)

func init() {
	// Cayley logs through a process-wide logger. Its errors that matter come
	// back to us as returned errors, which we report with context; what it
	// logs besides is noise to a user (such as "cannot create nodes table"
	// when opening an existing PostgreSQL store). Set ACTORGRAPH_DEBUG=1 to
	// see it all.
	clog.SetLogger(cayleyLog{debug: os.Getenv("ACTORGRAPH_DEBUG") != ""})
}

// cayleyLog passes Cayley's log on to the standard logger only when
// debugging; fatal errors always.
type cayleyLog struct{ debug bool }

func (l cayleyLog) Infof(format string, args ...any)    { l.print("INFO", format, args) }
func (l cayleyLog) Warningf(format string, args ...any) { l.print("WARN", format, args) }
func (l cayleyLog) Errorf(format string, args ...any)   { l.print("ERROR", format, args) }
func (l cayleyLog) Fatalf(format string, args ...any)   { log.Fatalf("cayley: "+format, args...) }
func (l cayleyLog) V(level int) bool                    { return l.debug }
func (l cayleyLog) SetV(int)                            {}

func (l cayleyLog) print(level, format string, args []any) {
	if l.debug {
		log.Printf("cayley %s: %s", level, strings.TrimSpace(fmt.Sprintf(format, args...)))
	}
}
