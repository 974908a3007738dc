# Build: docker build -t tilmeld .
# Run:   docker run -d --name tilmeld -v tilmeld-data:/data \
#          -v /etc/tilmeld/tilmeld.toml:/etc/tilmeld/tilmeld.toml:ro \
#          -e TILMELD_IMAP_PASSWORD -e TILMELD_SMTP_PASSWORD tilmeld
# The config should set [store] path = "/data/tilmeld.db" and
# [admin] socket = "/data/tilmeld.sock"; staff commands then run with
#   docker exec tilmeld tilmeld review list --config /etc/tilmeld/tilmeld.toml
# and before the first start, to test the mailbox and the mail server:
#   docker run --rm -v ... -e ... tilmeld check --config /etc/tilmeld/tilmeld.toml

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/tilmeld ./cmd/tilmeld

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/tilmeld /usr/local/bin/tilmeld
VOLUME /data
WORKDIR /data
USER nonroot:nonroot
# Healthy while the daemon answers on its admin socket and holds its IMAP
# connection (`tilmeld status` exits 0); a minute's grace for the first login.
HEALTHCHECK --interval=30s --timeout=25s --start-period=60s --retries=3 \
	CMD ["/usr/local/bin/tilmeld", "status", "--config", "/etc/tilmeld/tilmeld.toml"]
ENTRYPOINT ["/usr/local/bin/tilmeld"]
CMD ["run", "--config", "/etc/tilmeld/tilmeld.toml"]
