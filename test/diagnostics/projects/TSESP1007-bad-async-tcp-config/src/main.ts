// An echo server whose AsyncTCP task settings are out of range: each bad flag is one error.
const server = new AsyncServer(7);
server.onClient((client: AsyncClient) => {
  client.onData((data) => {
    client.write(data);
  });
});
server.begin();
