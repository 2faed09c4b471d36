// Routing by method and exact path. A path that exists under another method answers 405 with an
// Allow header; an unknown path answers 404. HEAD is served by the GET route (the body is dropped
// by the connection).

import { Request } from "./request";
import { Response } from "./response";

interface Route {
  method: string;
  path: string;
  handle: (request: Request, response: Response) => void;
}

export class Router {
  private readonly routes: Route[] = [];

  get(path: string, handle: (request: Request, response: Response) => void): void {
    this.routes.push({ method: "GET", path: path, handle: handle });
  }

  post(path: string, handle: (request: Request, response: Response) => void): void {
    this.routes.push({ method: "POST", path: path, handle: handle });
  }

  /** Runs the route for `request`, or fills in 404/405. */
  dispatch(request: Request, response: Response): void {
    const allowed: string[] = [];
    for (const route of this.routes) {
      if (route.path !== request.path) continue;
      if (route.method === request.method || (request.method === "HEAD" && route.method === "GET")) {
        route.handle(request, response);
        return;
      }
      allowed.push(route.method);
    }
    if (allowed.length > 0) {
      if (allowed.includes("GET")) allowed.push("HEAD");
      response.setHeader("Allow", allowed.join(", "));
      response.send(405, `${request.method} is not allowed on ${request.path}\n`);
      return;
    }
    response.send(404, `nothing at ${request.path}\n`);
  }
}
