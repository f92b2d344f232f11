// Command actorgraph turns news about public affairs into a knowledge graph
// of the people and bodies involved, stored in Cayley and queried with Gizmo.
//
//	actorgraph build [PATH…]      articles → facts → quads in the store
//	actorgraph query GIZMO         run a Gizmo query, one JSON result a line
//	actorgraph export --format F   the graph as N-Quads and other formats
//	actorgraph eval --gold DIR     score the extraction against gold files
//
// Run `actorgraph help` or `actorgraph COMMAND --help` for more.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cmd := newRootCmd(os.Stdout, os.Stderr)
	if err := cmd.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "actorgraph:", err)
		code := 1
		var ue usageError
		if errors.As(err, &ue) {
			code = 2
		}
		os.Exit(code)
	}
}
