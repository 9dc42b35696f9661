package no.sirkel.web;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Gives the refusals that Reactor Netty sends itself, before a request reaches the application, the same RFC 9457
 * body as every other refusal: 414 for a request line over {@code server.netty.max-initial-line-length}, 431 for
 * headers over {@code server.max-http-request-header-size}, 400 for a request that is not HTTP. Netty sends those as
 * an empty response and closes the connection; this handler, next to the HTTP codec, fills the body in.
 */
@Component
class HttpCodecProblems implements NettyServerCustomizer {

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "sirkelCodecProblems", new BodyFiller());
            }
        });
    }

    private static final class BodyFiller extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            // Netty's own refusals close the connection; the application's never come without a body
            if (message instanceof FullHttpResponse response && response.content().readableBytes() == 0
                    && response.headers().contains(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true)) {
                String problem = problem(response.status());
                if (problem != null) {
                    response.release();
                    FullHttpResponse filled = new DefaultFullHttpResponse(response.protocolVersion(),
                            response.status(), Unpooled.copiedBuffer(problem, StandardCharsets.UTF_8),
                            response.headers(), response.trailingHeaders());
                    filled.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    filled.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, filled.content().readableBytes());
                    message = filled;
                }
            }
            super.write(context, message, promise);
        }

        /** The body for a refusal Netty makes, or null for a status the application answers itself. */
        private static String problem(HttpResponseStatus status) {
            return switch (status.code()) {
                case 414 -> json(status, "URI too long", "the request line is longer than the service accepts", "uri");
                case 431 -> json(status, "Request header fields too large",
                        "the request headers are larger than the service accepts", "headers");
                case 400 -> json(status, "Bad request", "the request is not valid HTTP", "request");
                default -> null;
            };
        }

        private static String json(HttpResponseStatus status, String title, String detail, String field) {
            return """
                    {"type":"about:blank","status":%d,"title":"%s","detail":"%s","field":"%s"}"""
                    .formatted(status.code(), title, detail, field);
        }
    }
}
