import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import NIOHTTP1

/// Answers 400 to a connection whose first request the HTTP parser rejects (headers over the
/// decoder's limits, a malformed request line), then closes it.
///
/// Hummingbird answers such a request itself on a plain HTTP/1.1 connection, but on one that
/// may still be upgraded to a WebSocket the parser's error reaches no one and the connection
/// hangs, answered by nothing. This handler sits behind the upgrade handler and leaves the
/// pipeline as soon as a request gets through the parser: after that, errors are Hummingbird's.
final class BadRequestAnswer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// How long a refused client may go on sending (its bytes are read and dropped, so it
    /// reads the answer instead of a reset) before the connection is closed.
    static let drainTime = TimeAmount.seconds(2)

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(data)
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard error is HTTPParserError else { return context.fireErrorCaught(error) }
        let head = HTTPResponseHead(version: .http1_1, status: .badRequest,
                                    headers: ["Connection": "close", "Content-Length": "0"])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            channel.close(mode: .output, promise: nil)
            channel.eventLoop.scheduleTask(in: Self.drainTime) { channel.close(promise: nil) }
        }
    }
}

/// A server child channel with a ``BadRequestAnswer`` added behind whatever `inner` sets up.
struct AnsweringBadRequests<Inner: ServerChildChannel>: ServerChildChannel {
    let inner: Inner

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Inner.Value> {
        inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
            try channel.pipeline.syncOperations.addHandler(BadRequestAnswer())
            return value
        }
    }

    func handle(value: Inner.Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1.1 with WebSocket upgrades routed by `webSocketResponder` (build it from the
    /// router: `router.buildResponder()`), answering 400 to a first request the parser rejects.
    public static func http1WebSocketUpgradeAnsweringBadRequests<Responder: HTTPResponder>(
        webSocketResponder: Responder, configuration: HTTP1WebSocketUpgradeChannel.Configuration
    ) -> HTTPServerBuilder where Responder.Context: WebSocketRequestContext {
        .init { responder in
            AnsweringBadRequests(inner: HTTP1WebSocketUpgradeChannel(responder: responder, webSocketResponder: webSocketResponder,
                                                                    configuration: configuration))
        }
    }
}
