#include "node/quic_support.h"

#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>
#include <ngtcp2/ngtcp2_crypto.h>

#include <arpa/inet.h>

#include <chrono>
#include <cstring>

namespace qm::quic {

ngtcp2_tstamp timestampNow()
{
    using namespace std::chrono;
    return static_cast<ngtcp2_tstamp>(duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count());
}

bool fillSockaddr(const QHostAddress& address, quint16 port, ngtcp2_sockaddr_union* out, ngtcp2_socklen* length)
{
    std::memset(out, 0, sizeof(*out));
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        out->in.sin_family = AF_INET;
        out->in.sin_port = htons(port);
        out->in.sin_addr.s_addr = htonl(address.toIPv4Address());
        *length = sizeof(out->in);
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        out->in6.sin6_family = AF_INET6;
        out->in6.sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(&out->in6.sin6_addr, a.c, sizeof(a.c));
        *length = sizeof(out->in6);
        return true;
    }
    return false;
}

namespace {

void randomBytes(uint8_t* dest, size_t length, const ngtcp2_rand_ctx*)
{
    gnutls_rnd(GNUTLS_RND_RANDOM, dest, length);
}

int newConnectionId(ngtcp2_conn*, ngtcp2_cid* cid, uint8_t* token, size_t cidLength, void*)
{
    if (gnutls_rnd(GNUTLS_RND_RANDOM, cid->data, cidLength) != 0 ||
        gnutls_rnd(GNUTLS_RND_RANDOM, token, NGTCP2_STATELESS_RESET_TOKENLEN) != 0)
        return NGTCP2_ERR_CALLBACK_FAILURE;
    cid->datalen = cidLength;
    return 0;
}

} // namespace

ngtcp2_callbacks cryptoCallbacks(bool client)
{
    ngtcp2_callbacks c{};
    if (client) {
        c.client_initial = ngtcp2_crypto_client_initial_cb;
        c.recv_retry = ngtcp2_crypto_recv_retry_cb;
    } else {
        c.recv_client_initial = ngtcp2_crypto_recv_client_initial_cb;
    }
    c.recv_crypto_data = ngtcp2_crypto_recv_crypto_data_cb;
    c.encrypt = ngtcp2_crypto_encrypt_cb;
    c.decrypt = ngtcp2_crypto_decrypt_cb;
    c.hp_mask = ngtcp2_crypto_hp_mask_cb;
    c.update_key = ngtcp2_crypto_update_key_cb;
    c.delete_crypto_aead_ctx = ngtcp2_crypto_delete_crypto_aead_ctx_cb;
    c.delete_crypto_cipher_ctx = ngtcp2_crypto_delete_crypto_cipher_ctx_cb;
    c.get_path_challenge_data = ngtcp2_crypto_get_path_challenge_data_cb;
    c.version_negotiation = ngtcp2_crypto_version_negotiation_cb;
    c.rand = randomBytes;
    c.get_new_connection_id = newConnectionId;
    return c;
}

} // namespace qm::quic
