// What both ends of the node's QUIC protocol set up the same way with ngtcp2
// and GnuTLS: the TLS priority string, datagram and connection-id sizes, the
// clock ngtcp2 runs on, socket addresses, and the ngtcp2_crypto callbacks.
// Used by the client (node/quic_connection.cpp) and the test node.
#pragma once

#include <QHostAddress>

#include <ngtcp2/ngtcp2.h>

#include <cstddef>

namespace qm::quic {

// QUIC forbids TLS 1.3's middlebox compatibility mode (no ChangeCipherSpec).
inline constexpr const char* kTlsPriority = "NORMAL:-VERS-ALL:+VERS-TLS1.3:%DISABLE_TLS13_COMPAT_MODE";
// ngtcp2's default largest datagram; also big enough for CONNECTION_CLOSE.
inline constexpr std::size_t kMaxUdpPayload = 1452;
inline constexpr std::size_t kCidLength = 18;

// Nanoseconds on the steady clock: ngtcp2's timestamps.
ngtcp2_tstamp timestampNow();

// address:port as ngtcp2 wants it; false for an address that is neither
// IPv4 nor IPv6.
bool fillSockaddr(const QHostAddress& address, quint16 port, ngtcp2_sockaddr_union* out, ngtcp2_socklen* length);

// The callbacks ngtcp2_crypto (GnuTLS) provides, for a client or a server,
// with GnuTLS's random numbers for ngtcp2 and new connection ids; the caller
// adds its own (stream data, handshake completed, ...).
ngtcp2_callbacks cryptoCallbacks(bool client);

} // namespace qm::quic
