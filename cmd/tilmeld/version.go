package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func init() {
	register(command{
		name:    "version",
		summary: "print the version",
		usage:   "\n\nexample: tilmeld version",
		run: func(_ context.Context, env *Env, args []string) error {
			if err := parseFlags(newFlags(env, "version"), args); err != nil {
				return err
			}
			v := version
			if info, ok := debug.ReadBuildInfo(); ok && v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
				v = info.Main.Version
			}
			fmt.Fprintln(env.Stdout, "tilmeld", v)
			return nil
		},
	})
}
