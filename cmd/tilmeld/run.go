package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"

	"tilmeld"
	"tilmeld/mailbot"
	"tilmeld/store"
)

func init() {
	register(command{
		name:    "run",
		summary: "run the daemon: follow the mailbox, answer, allocate at the deadline",
		usage:   "--config FILE\n\nexample: TILMELD_IMAP_PASSWORD=... TILMELD_SMTP_PASSWORD=... tilmeld run --config /etc/tilmeld/tilmeld.toml",
		run:     runDaemon,
	})
}

func runDaemon(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "run")
	configPath := configFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *configPath == "" {
		return fmt.Errorf("%w: --config is required: the daemon needs a mailbox", errUsage)
	}
	cfg, err := tilmeld.Load(*configPath)
	if err != nil {
		return err
	}
	if err := cfg.CheckConnections(); err != nil {
		return fmt.Errorf("config %s: %w", cfg.File, err)
	}
	if err := checkSecrets(cfg); err != nil {
		return fmt.Errorf("config %s: %w", cfg.File, err)
	}
	daemonGC(os.Getenv)
	log := newLogger(env.Stderr, cfg.Log.Level)
	for _, s := range cfg.Plaintext() {
		log.Warn("no TLS towards another machine (allow_plaintext): passwords and mail cross the network readable", "server", s)
	}
	if os.Geteuid() == 0 {
		log.Warn("running as root; run tilmeld as an unprivileged user (see the Dockerfile and the systemd unit)")
	}
	db, err := store.Open(cfg.Store.Path, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	bot := mailbot.New(cfg, db, log)
	stopAdmin, err := serveAdmin(ctx, cfg, db, bot)
	if err != nil {
		return err
	}
	defer stopAdmin()
	log.Info("tilmeld started", "event", cfg.Event.Name, "mailbox", cfg.IMAP.Address+"/"+cfg.IMAP.Mailbox, "store", cfg.Store.Path)
	err = bot.Run(ctx)
	log.Info("tilmeld stopped")
	return err
}

// The daemon's collector. Deciding a burst of mail makes much short-lived
// garbage (the parser's) over a small live heap (its tables): at the
// default the collector ran about 90 times in a 10,000-mail ingest and,
// by the runtime's count, took a fifth of the daemon's CPU. The heap may
// grow to five times what is live, within a soft limit that keeps the
// peak RSS of that ingest, the store's mapped pages beside the heap, well
// under its 150 MB.
const (
	daemonGCPercent = 400
	daemonMemLimit  = 64 << 20
)

// daemonGC sets the daemon's collector, unless GOGC or GOMEMLIMIT is set:
// then the runtime's reading of those alone applies.
func daemonGC(getenv func(string) string) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(daemonGCPercent)
	debug.SetMemoryLimit(daemonMemLimit)
}

// newLogger returns a text logger at the configured level.
func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level)) // validated with the config
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}

// checkSecrets reads the passwords or OAuth2 tokens once at start, so a
// missing one is reported by name now rather than at the first connection.
func checkSecrets(cfg *tilmeld.Config) error {
	return mailbot.CheckCredentials(context.Background(), cfg)
}
