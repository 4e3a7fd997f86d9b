#pragma once

#include "HttpMessage.h"

class QTcpSocket;

namespace EveSso::Emu {

/// Sends an answer the way a hostile or broken server would, for testing that clients bound what they
/// read: an endless body (no Content-Length, closed never), endless chunks (chunked encoding that never
/// sends its last chunk), endless headers (the header block never ends), or a slow drip (the whole
/// answer, one byte every DripIntervalMs, so a timeout that restarts with each byte never fires).
/// The writer feeds the socket only while little is waiting in it, so the emulator's own memory stays
/// bounded however long the client keeps reading; it stops when the client disconnects.
void startHostileDelivery(QTcpSocket *socket, const HttpResponse &response);

constexpr int DripIntervalMs = 2000;

} // namespace EveSso::Emu
