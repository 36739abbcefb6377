/** Where files arrive: drop files or whole folders here, or press the button to choose files. */
import { useState, type DragEvent } from 'react';
import { readDroppedFiles, type DroppedFiles } from './readDroppedFiles';

interface DropZoneProps {
  onFiles(dropped: DroppedFiles): void;
  onChoose(): void;
  busy: boolean;
}

export function DropZone({ onFiles, onChoose, busy }: DropZoneProps) {
  const [over, setOver] = useState(false);

  async function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    onFiles(await readDroppedFiles(event.dataTransfer));
  }

  return (
    <div
      className={`dropzone${over ? ' over' : ''}`}
      data-testid="dropzone"
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <strong>把公文文件或文件夹拖到这里</strong>
      <p>
        支持 .txt（UTF-8、GBK 等编码）、.docx、.doc、.wps、.pdf、.ofd
        版式文件，以及扫描件和照片（.jpg、.png、.tif，自动识别文字），可以一次导入很多份。
      </p>
      <button type="button" className="primary" onClick={onChoose} disabled={busy}>
        选择文件…
      </button>
    </div>
  );
}
