# Multi-stage build: the frontend with Node, the jar with Maven, the runtime on a JRE.

FROM node:20-bookworm-slim AS frontend
WORKDIR /build/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npx tsc --noEmit && npx vitest run && npx vite build --outDir /build/static --emptyOutDir

FROM maven:3.9-eclipse-temurin-21 AS backend
WORKDIR /build
COPY pom.xml ./
RUN mvn -B -q -Dfrontend.skip=true dependency:go-offline
COPY src ./src
COPY --from=frontend /build/static ./src/main/resources/static
RUN mvn -B -q -Dfrontend.skip=true -DskipTests package

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app app
WORKDIR /app
COPY --from=backend /build/target/design-coach-*.jar /app/app.jar
USER app
# JSON logs (ECS) in the container, with the request id of each line.
ENV LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
