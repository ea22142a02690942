"""Run your ChatServer on ws://127.0.0.1:8765 until Ctrl-C: `python -m chat.run_chat`."""
import asyncio

from chat.rooms import ChatServer


async def main() -> None:
    server = await ChatServer().serve("127.0.0.1", 8765)
    print("chat server on ws://127.0.0.1:8765 (Ctrl-C stops it)")
    try:
        await asyncio.Future()
    finally:
        server.close()
        await server.wait_closed()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
