package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/graph"
)

// defaultStore is where the graph lives when neither flag, environment nor
// config names a store. bbolt loaded one article per transaction fastest of
// the embedded stores (graph.BenchmarkReplace; README.md, "Storage").
const defaultStore = "bbolt:data/actorgraph"

// app is the state the commands share: the configuration and where output
// goes. Commands take their settings from app.v, which layers flags over
// ACTORGRAPH_* environment variables over config.yaml over defaults.
type app struct {
	v              *viper.Viper
	stdout, stderr io.Writer
}

// usageError marks errors in how the command was called (exit status 2).
type usageError struct{ error }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	a := &app{v: viper.New(), stdout: stdout, stderr: stderr}
	a.v.SetEnvPrefix("ACTORGRAPH")
	a.v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	a.v.AutomaticEnv()
	a.v.SetDefault("store", defaultStore)

	root := &cobra.Command{
		Use:   "actorgraph",
		Short: "Turn news about public affairs into a graph of who did what to whom",
		Long: `actorgraph reads news articles about public affairs, extracts the people and
bodies involved (who holds which post, who belongs to which party or group, who
calls for whose resignation, criticises, defends, blames or agrees with whom,
who said what), and stores those facts as quads in a Cayley graph, each one
labelled with the article it came from. Query the graph with Gizmo.

Every setting is a flag, a key in config.yaml (--config), and an environment
variable ACTORGRAPH_<KEY> with dots as underscores (store → ACTORGRAPH_STORE,
query.timeout → ACTORGRAPH_QUERY_TIMEOUT). Flags win over the environment,
the environment over the config file.`,
		Example: `  actorgraph build                       # the bundled seed articles
  actorgraph build ~/news/2024           # a folder of .txt/.md articles
  actorgraph query 'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>").Out("<https://schema.org/name>").All()'
  actorgraph export --format nquads -o graph.nq`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return a.loadConfig(cmd)
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (see %s --help)", err, cmd.CommandPath())}
	})
	pf := root.PersistentFlags()
	pf.String("config", "", "config file (default: ./config.yaml if it exists)")
	pf.String("store", defaultStore, "graph store: bolt:DIR, bbolt:DIR, leveldb:DIR, memory: or postgres://…")
	a.bind(pf, "store", "store")

	root.AddCommand(
		newBuildCmd(a),
		newQueryCmd(a),
		newExportCmd(a),
		newVocabCmd(a), newLoadCmd(a),
		newServeCmd(a),
	)
	for _, add := range extraCommands {
		root.AddCommand(add(a))
	}
	return root
}

// extraCommands are commands whose files register themselves here from an
// init function, so that each command lives in its own file.
var extraCommands []func(*app) *cobra.Command

// bind makes the flag the source of key when the flag is set.
func (a *app) bind(fs *pflag.FlagSet, key, flag string) {
	if err := a.v.BindPFlag(key, fs.Lookup(flag)); err != nil {
		panic(fmt.Sprintf("bind %s to --%s: %v", key, flag, err)) // a programming error
	}
}

// loadConfig reads the config file: the one named by --config (which must
// exist), else ./config.yaml if there is one.
func (a *app) loadConfig(cmd *cobra.Command) error {
	path, _ := cmd.Flags().GetString("config")
	if path == "" {
		path = os.Getenv("ACTORGRAPH_CONFIG")
	}
	explicit := path != ""
	if !explicit {
		path = "config.yaml"
	}
	if _, err := os.Stat(path); err != nil {
		if !explicit && errors.Is(err, os.ErrNotExist) {
			return nil
		}
		return fmt.Errorf("config %s: %w", path, err)
	}
	a.v.SetConfigFile(path)
	if err := a.v.ReadInConfig(); err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	return nil
}

// openStore opens the configured store, creating it if need be.
func (a *app) openStore(ctx context.Context) (*graph.Store, error) {
	return a.storeErr(graph.Open(ctx, a.v.GetString("store")))
}

// readStore opens the configured store for a command that reads it: a store
// that does not exist is an error, not a new empty graph.
func (a *app) readStore(ctx context.Context) (*graph.Store, error) {
	return a.storeErr(graph.OpenExisting(ctx, a.v.GetString("store")))
}

// storeErr adds to an error opening the store what the user can do about it.
func (a *app) storeErr(s *graph.Store, err error) (*graph.Store, error) {
	switch {
	case errors.Is(err, graph.ErrLocked):
		return nil, fmt.Errorf("%w: stop the other actorgraph (a running `serve`?), or use its HTTP API", err)
	case errors.Is(err, graph.ErrNoStore):
		return nil, fmt.Errorf("%w: run `actorgraph build` first, or name the store with --store", err)
	}
	return s, err
}
