// The messages of the node's QUIC protocol `quantus-miner/2` (docs/NODE-QUIC.md):
// length-prefixed JSON frames, the three messages (Ready, NewJob, JobResult)
// with their encoders and a validating decoder, and a frame decoder for a
// byte stream that arrives in arbitrary pieces. Pure functions, no I/O.
#pragma once

#include "core/pow.h"
#include "core/u512.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <variant>

namespace qm {

// A frame longer than this is a protocol error on both sides.
inline constexpr qsizetype kNodeMaxFrameBytes = 1024;
// The 4-byte big-endian length in front of every frame.
inline constexpr qsizetype kNodeFrameHeaderBytes = 4;

// miner -> node, the first message: the contents of miner-auth-token, trimmed.
struct NodeReady {
    QByteArray token;
};

// node -> miner: replaces the current job.
struct NodeNewJob {
    QString jobId;
    MiningHash miningHash{};
    U512 difficulty;   // non-zero
};

// miner -> node: one per job, on a find. `nonce` and `work` may be absent
// (JSON null) for other statuses; the node reads only status, job_id and work.
struct NodeJobResult {
    QString status;
    QString jobId;
    std::optional<U512> nonce;
    std::optional<U512> work;   // the nonce as 64 big-endian bytes on the wire
    quint64 hashCount = 0;
    double elapsedTime = 0.0;
};

using NodeMessage = std::variant<NodeReady, NodeNewJob, NodeJobResult>;

// A decoded message, or the reason the frame was refused.
struct NodeMessageParse {
    std::optional<NodeMessage> message;
    QString error;
};

// The JSON of one message (serde's externally tagged form). Never fails.
QByteArray nodeMessageJson(const NodeMessage& message);

// The length prefix and the JSON of one message; nullopt with `error` set
// when the JSON is longer than kNodeMaxFrameBytes (a token that is too long).
std::optional<QByteArray> encodeNodeFrame(const NodeMessage& message, QString* error = nullptr);

// `payload` with its 4-byte big-endian length in front; no size check (the
// test node uses it to send oversize frames).
QByteArray frameBytes(QByteArrayView payload);

// Decodes the JSON of one frame. Every problem (not JSON, unknown message,
// missing or malformed field) is reported in `error`, never thrown.
NodeMessageParse parseNodeMessage(QByteArrayView json);

// Cuts a byte stream into frame payloads. Bytes may arrive split anywhere or
// several frames at once; each byte is looked at a bounded number of times
// (the consumed prefix is dropped in amortised linear time). An oversize
// length is sticky: the stream cannot be resynchronised after it.
class NodeFrameDecoder {
public:
    enum class Status { Frame, NeedMore, Error };

    void append(QByteArrayView bytes);
    // The next complete payload into *payload (Frame), NeedMore when the
    // buffered bytes end inside a frame, Error after an oversize length.
    Status next(QByteArray* payload);
    QString error() const { return m_error; }
    // Bytes received but not yet returned as frames.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    void reset();

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace qm
