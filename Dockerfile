FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY kutip ./kutip
COPY storage ./storage
COPY bot ./bot
COPY seeds ./seeds
RUN pip install --no-cache-dir . && useradd --create-home kutip
USER kutip
CMD ["kutip", "bot"]
