package dev.praxis.memory.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The record format of a session log file. Each record is {@code [int bodyLength][int crc32(body)][body]} and a
 * body is {@code [byte type][payload]}; a record whose length or checksum does not match ends the valid part of
 * the file (a write torn by a crash). Messages are JSON from LangChain4j's {@link ChatMessageSerializer}, so the
 * files stay readable with {@code strings} and portable across Praxis versions that keep that format.
 */
final class LogRecords {

    static final int HEADER_BYTES = 8;
    private static final byte SESSION = 0;
    private static final byte MESSAGES = 1;
    private static final byte STATE_PUT = 2;
    private static final byte STATE_REMOVE = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LogRecords() {
    }

    static byte[] session(String sessionId) {
        return frame(SESSION, sessionId.getBytes(StandardCharsets.UTF_8), 0);
    }

    static byte[] messages(List<ChatMessage> messages) {
        byte[] json = ChatMessageSerializer.messagesToJson(messages).getBytes(StandardCharsets.UTF_8);
        return frame(MESSAGES, json, messages.size());
    }

    static byte[] statePut(String key, String json) {
        ObjectNode node = JSON.createObjectNode().put("key", key).put("value", json);
        return frame(STATE_PUT, node.toString().getBytes(StandardCharsets.UTF_8), 0);
    }

    static byte[] stateRemove(String key) {
        return frame(STATE_REMOVE, JSON.createObjectNode().put("key", key).toString().getBytes(StandardCharsets.UTF_8), 0);
    }

    /** A MESSAGES body carries the message count before the JSON so a scan can count without parsing. */
    private static byte[] frame(byte type, byte[] payload, int count) {
        int bodyLength = 1 + (type == MESSAGES ? 4 : 0) + payload.length;
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + bodyLength);
        buffer.putInt(bodyLength).putInt(0).put(type);
        if (type == MESSAGES) {
            buffer.putInt(count);
        }
        buffer.put(payload);
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), HEADER_BYTES, bodyLength);
        buffer.putInt(4, (int) crc.getValue());
        return buffer.array();
    }

    /** Reads the valid prefix of a log file's bytes; messages are parsed only when {@code withMessages}. */
    static Scan scan(byte[] bytes, boolean withMessages) {
        return scan(new Scan(), bytes, withMessages);
    }

    /**
     * Continues {@code scan} over {@code bytes}, the part of the file that follows what it covered; its
     * {@code validSize} and {@code lastRecordStart} then count from the start of {@code bytes}.
     */
    static Scan scan(Scan scan, byte[] bytes, boolean withMessages) {
        scan.validSize = 0;
        scan.lastRecordStart = -1;
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.remaining() >= HEADER_BYTES) {
            int start = buffer.position();
            int length = buffer.getInt();
            int checksum = buffer.getInt();
            if (length < 1 || length > buffer.remaining() || !matches(bytes, buffer.position(), length, checksum)) {
                buffer.position(start);
                break;
            }
            apply(scan, buffer.slice(buffer.position(), length), withMessages);
            scan.lastRecordStart = start;
            scan.lastRecordHeader = ByteBuffer.wrap(bytes, start, HEADER_BYTES).getLong();
            buffer.position(buffer.position() + length);
            scan.validSize = buffer.position();
        }
        return scan;
    }

    private static boolean matches(byte[] bytes, int offset, int length, int checksum) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue() == checksum;
    }

    private static void apply(Scan scan, ByteBuffer body, boolean withMessages) {
        byte type = body.get();
        if (type == MESSAGES) {
            int count = body.getInt();
            scan.version += count;
            if (withMessages) {
                scan.messages.addAll(ChatMessageDeserializer.messagesFromJson(text(body)));
            }
            return;
        }
        if (type == SESSION) {
            scan.sessionId = text(body);
            return;
        }
        JsonNode node = tree(text(body));
        scan.stateRecords++;
        if (type == STATE_PUT) {
            scan.state.put(node.get("key").asText(), node.get("value").asText());
        } else if (type == STATE_REMOVE) {
            scan.state.remove(node.get("key").asText());
        }
    }

    private static String text(ByteBuffer body) {
        byte[] bytes = new byte[body.remaining()];
        body.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt state record with a valid checksum: " + e.getOriginalMessage(), e);
        }
    }

    /** The first 8 bytes of a record (its length and checksum), which tell one record from another. */
    static long header(byte[] record) {
        return ByteBuffer.wrap(record, 0, HEADER_BYTES).getLong();
    }

    /**
     * What a scan found: the valid byte count, where the last valid record starts (-1 if none) and its header,
     * the session id, the message count and the state.
     */
    static final class Scan {
        long validSize;
        long lastRecordStart = -1;
        long lastRecordHeader;
        String sessionId;
        long version;
        int stateRecords;
        final Map<String, String> state = new HashMap<>(2);
        final List<ChatMessage> messages = new ArrayList<>();

        /** A scan that continues after records which gave this session id, version and state. */
        static Scan resume(String sessionId, long version, int stateRecords, Map<String, String> state) {
            Scan scan = new Scan();
            scan.sessionId = sessionId;
            scan.version = version;
            scan.stateRecords = stateRecords;
            scan.state.putAll(state);
            return scan;
        }
    }
}
